import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PaginationQueryDto } from '../../common/http/pagination';

export class NotificationsQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: '`true`: only unread notifications' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'unread must be true or false' })
  unread?: 'true' | 'false';
}
